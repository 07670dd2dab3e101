package main

import (
	"fmt"
	"sort"
	"strings"
)

// Logger is what our application code depends on.
type Logger interface {
	Log(level string, msg string, fields map[string]any)
}

// legacyLogger is a third-party logger with a different API.
type legacyLogger struct {
	lines []string
}

func (l *legacyLogger) Printf(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

// legacyAdapter adapts legacyLogger to Logger.
type legacyAdapter struct {
	inner *legacyLogger
}

func (a legacyAdapter) Log(level, msg string, fields map[string]any) {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, " %s=%v", k, fields[k])
	}
	a.inner.Printf("[%s] %s%s", strings.ToUpper(level), msg, sb.String())
}

// structured is another backend that stores records.
type record struct {
	Level  string
	Msg    string
	Fields map[string]any
}

type memorySink []record

func (m *memorySink) Log(level, msg string, fields map[string]any) {
	*m = append(*m, record{level, msg, fields})
}

// LoggerFunc adapts a function.
type LoggerFunc func(level, msg string, fields map[string]any)

func (f LoggerFunc) Log(level, msg string, fields map[string]any) { f(level, msg, fields) }

type multi []Logger

func (m multi) Log(level, msg string, fields map[string]any) {
	for _, l := range m {
		l.Log(level, msg, fields)
	}
}

type Service struct {
	log Logger
}

func (s Service) Transfer(from, to string, amount int) error {
	s.log.Log("info", "transfer started", map[string]any{"from": from, "to": to, "amount": amount})
	if amount > 100 {
		err := fmt.Errorf("amount %d exceeds limit", amount)
		s.log.Log("error", "transfer failed", map[string]any{"err": err, "amount": amount})
		return err
	}
	s.log.Log("debug", "transfer ok", nil)
	return nil
}

func main() {
	legacy := &legacyLogger{}
	sink := &memorySink{}
	errorsOnly := 0
	svc := Service{log: multi{
		legacyAdapter{legacy},
		sink,
		LoggerFunc(func(level, msg string, _ map[string]any) {
			if level == "error" {
				errorsOnly++
			}
		}),
	}}

	fmt.Println(svc.Transfer("alice", "bob", 50))
	fmt.Println(svc.Transfer("bob", "carol", 500))

	for _, line := range legacy.lines {
		fmt.Println(line)
	}
	for _, r := range *sink {
		fmt.Printf("%+v\n", r)
	}
	fmt.Println("errors:", errorsOnly, "records:", len(*sink))
	var l Logger = legacyAdapter{legacy}
	_, isSink := l.(*memorySink)
	fmt.Printf("%T %v\n", l, isSink)
}
