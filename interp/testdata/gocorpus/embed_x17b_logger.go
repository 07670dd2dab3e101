package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"strings"
	"sync"
)

type Logger struct {
	*log.Logger
	mu    sync.Mutex
	level int
	count map[string]int
}

func NewLogger(w io.Writer, prefix string, level int) *Logger {
	return &Logger{Logger: log.New(w, prefix, 0), level: level, count: map[string]int{}}
}

func (l *Logger) logAt(lvl int, tag, format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.count[tag]++
	if lvl < l.level {
		return
	}
	l.Printf("["+tag+"] "+format, args...)
}

func (l *Logger) Debug(f string, a ...any) { l.logAt(0, "DEBUG", f, a...) }
func (l *Logger) Info(f string, a ...any)  { l.logAt(1, "INFO", f, a...) }
func (l *Logger) Warn(f string, a ...any)  { l.logAt(2, "WARN", f, a...) }

type Service struct {
	*Logger
	Name string
	deps []string
}

func (s *Service) Start() error {
	s.Info("starting %s with %d deps", s.Name, len(s.deps))
	for _, d := range s.deps {
		if strings.HasPrefix(d, "!") {
			s.Warn("dep %q unavailable", d[1:])
			return fmt.Errorf("%s: missing %s", s.Name, d[1:])
		}
		s.Debug("dep %s ok", d)
	}
	return nil
}

type ReadWriter struct {
	io.Reader
	io.Writer
}

func main() {
	var buf bytes.Buffer
	lg := NewLogger(&buf, "app: ", 1)
	svcs := []*Service{
		{lg, "db", []string{"disk"}},
		{lg, "api", []string{"db", "!cache"}},
	}
	for _, s := range svcs {
		if err := s.Start(); err != nil {
			lg.Println("error:", err)
		}
	}
	fmt.Print(buf.String())
	fmt.Println(lg.count["DEBUG"], lg.count["INFO"], lg.count["WARN"], lg.Prefix())
	lg.SetPrefix("new: ")
	lg.SetFlags(log.Lmsgprefix)
	buf.Reset()
	svcs[0].Info("prefix changed via embedded %T", svcs[0].Logger.Logger)
	fmt.Print(buf.String())
	var out bytes.Buffer
	rw := ReadWriter{strings.NewReader("copy me"), &out}
	n, err := io.Copy(rw, rw)
	fmt.Println(n, err, out.String())
}
