// Go prints:      level=INFO msg=login password=REDACTED
// Session prints: level=INFO msg=login password=hunter2
// (both styles, SILENT): slog does not call the LogValue method of a type
// declared in the cell, so slog.LogValuer is ignored.
package main

import (
	"log/slog"
	"os"
)

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})
	slog.New(h).Info("login", "password", Secret("hunter2"))
}
