package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Field struct {
	Key string
	Val any
}

type Sink struct {
	lines []string
}

func (s *Sink) Emit(line string) { s.lines = append(s.lines, line) }

type Logger struct {
	*Sink
	min    Level
	prefix string
	fields []Field
}

func (l Logger) With(k string, v any) Logger {
	l.fields = append(l.fields[:len(l.fields):len(l.fields)], Field{k, v})
	return l
}

func (l Logger) log(lv Level, msg string, kv ...any) {
	if lv < l.min {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "level=%-5v %smsg=%q", lv, l.prefix, msg)
	for _, f := range l.fields {
		fmt.Fprintf(&b, " %s=%v", f.Key, f.Val)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		v := kv[i+1]
		if s, ok := v.(string); ok && strings.ContainsAny(s, " =\"") {
			v = fmt.Sprintf("%q", s)
		}
		fmt.Fprintf(&b, " %v=%v", kv[i], v)
	}
	if len(kv)%2 == 1 {
		fmt.Fprintf(&b, " !BADKEY=%v", kv[len(kv)-1])
	}
	l.Emit(b.String())
}

func (l Logger) Debugf(format string, args ...any) { l.log(Debug, fmt.Sprintf(format, args...)) }
func (l Logger) Info(msg string, kv ...any)        { l.log(Info, msg, kv...) }
func (l Logger) Warn(msg string, kv ...any)        { l.log(Warn, msg, kv...) }
func (l Logger) Error(msg string, kv ...any)       { l.log(Error, msg, kv...) }

type RequestLogger struct {
	Logger
	ID int
}

func (r RequestLogger) Info(msg string, kv ...any) {
	r.Logger.Info(msg, append([]any{"req", r.ID}, kv...)...)
}

func main() {
	sink := &Sink{}
	root := Logger{Sink: sink, min: Info, prefix: "app "}
	root.Debugf("hidden %d", 1)
	root.Info("starting", "version", "1.2.3", "workers", 4)
	db := root.With("component", "db")
	db2 := db.With("shard", 2)
	db.Warn("slow query", "sql", "SELECT * FROM t WHERE a = \"x\"", "ms", 1520.5)
	db2.Error("connection lost", "retry")
	rl := RequestLogger{Logger: root.With("user", "ana"), ID: 42}
	rl.Info("handled", "status", 200)
	rl.Warn("deprecated endpoint")
	verbose := root
	verbose.min = Debug
	verbose.Debugf("now visible: %v", []Level{Debug, Info, Warn, Error, 7})
	for i, l := range sink.lines {
		fmt.Printf("%02d %s\n", i, l)
	}
	fmt.Println(len(db.fields), len(db2.fields), len(root.fields))
	fmt.Printf("%v %d %s %T\n", Warn, Warn, Level(9), rl.Logger)
}
