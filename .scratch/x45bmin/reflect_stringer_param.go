// Reduction of text_x45b_reflect_export.go.
// Go prints: 452.10
// Session (both styles): no Stringer      -- SILENT wrong answer, no error.
// The field's Interface() loses Cents's String method (the value comes back as
// its underlying int64), so the type assertion to fmt.Stringer fails. When the
// reflect.Value is built in the same expression (see reflect_stringer_direct.go)
// the session refuses with a clear CompileError instead; once the Value arrives
// through a function parameter (as in any generic exporter) nothing is reported.
package main

import (
	"fmt"
	"reflect"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Expense struct{ Amount Cents }

func str(v reflect.Value) string {
	if s, ok := v.Field(0).Interface().(fmt.Stringer); ok {
		return s.String()
	}
	return "no Stringer"
}

func main() {
	fmt.Println(str(reflect.ValueOf(Expense{45210})))
}
