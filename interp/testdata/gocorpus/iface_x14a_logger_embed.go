package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Logger interface {
	Log(level, msg string)
}

type WriterLogger struct {
	w      io.Writer
	prefix string
}

func (l *WriterLogger) Log(level, msg string) {
	fmt.Fprintf(l.w, "%s[%s] %s\n", l.prefix, level, msg)
}

type Filtered struct {
	Logger
	min int
}

var levels = map[string]int{"debug": 0, "info": 1, "warn": 2, "error": 3}

func (f Filtered) Log(level, msg string) {
	if levels[level] >= f.min {
		f.Logger.Log(level, msg)
	}
}

type Counting struct {
	Logger
	counts map[string]int
}

func (c *Counting) Log(level, msg string) {
	c.counts[level]++
	c.Logger.Log(level, strings.ToUpper(msg[:1])+msg[1:])
}

type Service struct {
	Logger
	name string
}

func (s Service) Do(n int) error {
	s.Log("debug", fmt.Sprintf("%s: do(%d)", s.name, n))
	if n < 0 {
		s.Log("error", fmt.Sprintf("%s: negative %d", s.name, n))
		return fmt.Errorf("negative: %d", n)
	}
	if n > 10 {
		s.Log("warn", fmt.Sprintf("%s: large %d", s.name, n))
	}
	s.Log("info", fmt.Sprintf("%s: done %d", s.name, n))
	return nil
}

func main() {
	var buf bytes.Buffer
	base := &WriterLogger{&buf, "app "}
	counting := &Counting{Logger: base, counts: map[string]int{}}
	svc := Service{Filtered{counting, 1}, "svc"}
	for _, n := range []int{3, 42, -1} {
		if err := svc.Do(n); err != nil {
			fmt.Println("err:", err)
		}
	}
	fmt.Print(buf.String())
	fmt.Println(counting.counts)
	raw := Service{base, "raw"}
	raw.Do(0)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	fmt.Println(len(lines), lines[len(lines)-1])
	var l Logger = svc
	_, isFiltered := l.(Service).Logger.(Filtered)
	fmt.Println(isFiltered)
}
