package main

import (
	"bytes"
	"fmt"
	"log/slog"
)

type user struct {
	Name string
	age  int
}

type token string

func (t token) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type level int

func (l level) String() string { return fmt.Sprintf("L%d", int(l)) }

func main() {
	var buf bytes.Buffer
	l := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	l.Info("u", "user", user{"ann", 3}, "tok", token("secret"), "lvl", level(2), "err", fmt.Errorf("x"))
	l.Info("ptr", "p", &user{"bo", 1})
	var jb bytes.Buffer
	j := slog.New(slog.NewJSONHandler(&jb, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	j.Info("u", "user", user{"ann", 3}, "tok", token("secret"), "lvl", level(2))
	fmt.Print(buf.String(), jb.String())
}
