/** Whether a file system call failed with this errno code (`EEXIST`, `ENOENT`...). */
export function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code
}
