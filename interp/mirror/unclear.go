package mirror

import (
	"encoding/json"
	"fmt"
)

// Unclear stands for a value in an interface{} that may be of one of the
// cells' named types without methods or of its underlying type (a `type
// SKU string` or a string): yaegi holds both as the underlying type, and a
// value that reached the interface without the lowering's box cannot be
// told apart. They print and encode alike but for %T, which is refused.
type Unclear struct {
	raw   any
	names string
}

// Format prints the value as the underlying type prints it.
func (u *Unclear) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, fmt.FormatString(f, verb), u.raw)
}

// MarshalJSON encodes the value as the underlying type encodes.
func (u *Unclear) MarshalJSON() ([]byte, error) { return json.Marshal(u.raw) }
