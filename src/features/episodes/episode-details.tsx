import type { Digest, Episode, Subsection } from '../../schema/digest'
import { CollapsibleSection } from './collapsible-section'
import { bookmarkFor as bookmarkOf } from './record-refs'
import { SectionActions } from './section-actions'
import { toolbarButtonClass } from './toolbar-button-styles'
import type { SectionExpansion } from './use-section-expansion'

interface EpisodeDetailsProps {
  digest: Digest
  episode: Episode
  expansion: SectionExpansion
}

/** The numbered Details of an episode: collapsible sections with their sub-sections. */
export function EpisodeDetails({ digest, episode, expansion }: EpisodeDetailsProps) {
  const { expanded, setExpanded, expandAll, collapseAll } = expansion

  const bookmarkFor = (section: Subsection) => bookmarkOf(digest, episode, section)

  return (
    <div className="mt-10">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 pb-3 dark:border-stone-800">
        <h2 className="text-lg font-semibold">Details</h2>
        <div className="flex gap-2 print:hidden noscript:hidden">
          {/* data-idempotent: a second press does what the first did, so a press
              made before the app took the page over is made again once it has
              (public/boot-after-paint.js), even one React may have seen. */}
          <button
            type="button"
            onClick={expandAll}
            data-idempotent=""
            className={toolbarButtonClass()}
          >
            Expand all
          </button>
          <button
            type="button"
            onClick={collapseAll}
            data-idempotent=""
            className={toolbarButtonClass()}
          >
            Collapse all
          </button>
        </div>
      </div>
      {episode.sections.length === 0 ? (
        <p className="mt-4 italic text-stone-600 dark:text-stone-400">
          This episode has no detailed sections in the digest.
        </p>
      ) : null}
      <div>
        {episode.sections.map((section) => (
          <CollapsibleSection
            key={section.id}
            section={section}
            level={2}
            expanded={expanded.has(section.id)}
            onExpandedChange={setExpanded}
            actions={<SectionActions bookmark={bookmarkFor(section)} />}
          >
            {section.subsections.length > 0
              ? section.subsections.map((sub) => (
                  <CollapsibleSection
                    key={sub.id}
                    section={sub}
                    level={3}
                    expanded={expanded.has(sub.id)}
                    onExpandedChange={setExpanded}
                    actions={<SectionActions bookmark={bookmarkFor(sub)} />}
                  />
                ))
              : null}
          </CollapsibleSection>
        ))}
      </div>
    </div>
  )
}
