// Exercises: log.New with SetPrefix and Lmsgprefix, the package's SetFlags/SetOutput shared with log.Default, a logger in a struct, Fatalf ending the program without running defers
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

type svc struct {
	name string
	lg   *log.Logger
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Printf("start %d", 1)
	l.SetPrefix("app2: ")
	l.Println("again")
	log.Default().Print("not shown: default has the flags set later")
	fmt.Print(buf.String())
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("std to stdout")
	defer fmt.Println("deferred: not run on Fatal")
	s := svc{"x", log.New(os.Stdout, "svc: ", log.Lmsgprefix)}
	s.lg.Println("hello")
	s.lg.Fatalf("fatal %s", s.name)
}
