// Exercises: log.New to a bytes.Buffer with flags 0, SetPrefix, Lmsgprefix, Printf/Println, log.Logger passed to functions, Writer().
package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
)

type service struct {
	log *log.Logger
}

func (s *service) handle(req string) {
	if strings.TrimSpace(req) == "" {
		s.log.Println("empty request")
		return
	}
	s.log.Printf("handled %q (%d bytes)", req, len(req))
}

func main() {
	var buf bytes.Buffer
	logger := log.New(&buf, "svc: ", 0)
	s := &service{log: logger}
	s.handle("GET /")
	s.handle("  ")
	logger.SetPrefix("[debug] ")
	logger.SetFlags(log.Lmsgprefix)
	s.handle("POST /x")
	logger.Print("no newline added twice\n")
	fmt.Print(buf.String())
	fmt.Println(strings.Count(buf.String(), "\n"), logger.Prefix(), logger.Flags() == log.Lmsgprefix)
	fmt.Println(logger.Writer() == &buf)
}
