package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN", "ERROR"}[l] }

type Logger interface {
	Log(level Level, msg string, kv ...any)
}

type TextLogger struct {
	w      io.Writer
	prefix string
}

func (t *TextLogger) Log(level Level, msg string, kv ...any) {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s%-5s %s", t.prefix, level, msg)
	for i := 0; i+1 < len(kv); i += 2 {
		fmt.Fprintf(&sb, " %v=%v", kv[i], kv[i+1])
	}
	if len(kv)%2 == 1 {
		fmt.Fprintf(&sb, " !BADKEY=%v", kv[len(kv)-1])
	}
	fmt.Fprintln(t.w, sb.String())
}

type LevelFilter struct {
	Logger
	Min Level
}

func (f LevelFilter) Log(level Level, msg string, kv ...any) {
	if level >= f.Min {
		f.Logger.Log(level, msg, kv...)
	}
}

type WithFields struct {
	Logger
	fields []any
}

func (w WithFields) Log(level Level, msg string, kv ...any) {
	w.Logger.Log(level, msg, append(append([]any{}, w.fields...), kv...)...)
}

func With(l Logger, kv ...any) Logger { return WithFields{l, kv} }

type countingWriter struct {
	io.Writer
	lines, bytes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.lines += bytes.Count(p, []byte("\n"))
	c.bytes += len(p)
	return c.Writer.Write(p)
}

type multi []Logger

func (m multi) Log(level Level, msg string, kv ...any) {
	for _, l := range m {
		l.Log(level, msg, kv...)
	}
}

func process(log Logger, items []string) {
	log.Log(Debug, "start", "n", len(items))
	for i, it := range items {
		if it == "" {
			log.Log(Warn, "empty item", "index", i)
			continue
		}
		log.Log(Info, "item", "index", i, "value", strings.ToUpper(it))
	}
	log.Log(Error, "done", "odd")
}

func main() {
	var buf bytes.Buffer
	cw := &countingWriter{Writer: os.Stdout}
	console := &TextLogger{cw, "[con] "}
	memory := &TextLogger{&buf, "[mem] "}
	log := multi{LevelFilter{console, Info}, With(memory, "req", 42)}
	process(log, []string{"apple", "", "cherry"})
	fmt.Printf("console wrote %d lines, %d bytes\n", cw.lines, cw.bytes)
	fmt.Print(buf.String())
	var l Logger = LevelFilter{Logger: With(console, "a", 1), Min: Warn}
	l.Log(Info, "hidden")
	l.Log(Error, "shown", "b", 2)
	if lf, ok := l.(LevelFilter); ok {
		fmt.Printf("%T %v %T\n", lf, lf.Min, lf.Logger)
	}
	fmt.Fprintf(io.Discard, "nothing %d", 1)
	n, err := io.WriteString(cw, "direct\n")
	fmt.Println(n, err, cw.lines)
}
