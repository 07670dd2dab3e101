// Go prints:      REDACTED
// Session prints: hunter2
// (both styles, SILENT): slog.AnyValue(v).Resolve() does not call the
// LogValue method of a type declared in the cell.
package main

import (
	"fmt"
	"log/slog"
)

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

func main() {
	fmt.Println(slog.AnyValue(Secret("hunter2")).Resolve())
}
