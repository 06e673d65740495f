import type { ConfigData } from 'html-validate';

/**
 * `html-validate:recommended`, adjusted only where it disagrees with markup React and Next must
 * emit, or with an ARIA pattern we rely on. Everything else is an error to fix at its source.
 */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // React writes its DOM property names (charSet, maxLength, fetchPriority, noModule); HTML
    // attribute names are case-insensitive. Uppercase names are still errors.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // React serialises void elements as `<meta/>` and boolean attributes as `required=""`.
    'void-style': ['error', { style: 'selfclose' }],
    'attribute-boolean-style': ['error', { style: 'empty' }],
    'attribute-empty-style': ['error', { style: 'empty' }],
    // React's useId() ids start with "_" (`_R_3llb_`): valid HTML5, but not HTML4-style ids.
    'valid-id': ['error', { relaxed: true }],
    // Filter checkboxes share a name on purpose: a GET form sends `status__ids=1&status__ids=2`.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // The search typeahead is an ARIA combobox; a native <select> cannot be one.
    'prefer-native-element': ['error', { exclude: ['listbox', 'option'] }],
    // ARIA 1.2 lets lists be named and screen readers announce the name (timeline lanes, legend,
    // histogram, family tree); naming is still checked on elements that must not have one.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // Data-driven sizes (histogram bars, timeline geometry) come from React's `style` prop.
    'no-inline-style': 'off',
    // `role="list"` on lists styled `list-style: none`, where WebKit drops their list semantics.
    'no-redundant-role': 'off',
    // Descriptions from Launch Library 2 keep their own line breaks and spaces; HTML collapses them.
    'no-trailing-whitespace': 'off',
  },
};
