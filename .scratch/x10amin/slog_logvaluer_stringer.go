// Go prints `tok=REDACTED lvl=L2` (slog.LogValuer and fmt.Stringer of the attr values are used); the session prints `tok=secret lvl=2`.
package main

import (
	"bytes"
	"fmt"
	"log/slog"
)

type token string

func (token) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type level int

func (l level) String() string { return fmt.Sprintf("L%d", int(l)) }

func main() {
	var b bytes.Buffer
	l := slog.New(slog.NewTextHandler(&b, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	l.Info("m", "tok", token("secret"), "lvl", level(2))
	fmt.Print(b.String())
}
