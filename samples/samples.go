// Package samples holds the fictional case folders a new user can render
// at once, embedded so that `pleadkit templates test` can run a firm's
// templates on them from the binary alone.
package samples

import "embed"

// FS holds the sample case folders: acme-v-brightline and batch/*.
//
//go:embed acme-v-brightline batch
var FS embed.FS
