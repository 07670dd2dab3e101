package main

import (
	"fmt"
	"strings"
)

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func countLetters(s string) (n int) {
	defer trace("countLetters")()
	defer func() { n *= 1 }()
	for _, r := range s {
		if r != ' ' {
			n++
		}
	}
	return n
}

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func withRetry(attempts int, f func(int) error) error {
	var err error
	for i := 1; i <= attempts; i++ {
		if err = f(i); err == nil {
			return nil
		}
	}
	return fmt.Errorf("after %d attempts: %w", attempts, err)
}

func main() {
	fmt.Println(countLetters("hello world"))
	loopDefers()
	fmt.Println()
	log := &Logger{prefix: "[app] "}
	err := withRetry(3, func(try int) error {
		log.Log("try %d", try)
		if try < 2 {
			return fmt.Errorf("try %d failed", try)
		}
		return nil
	})
	fmt.Println(err)
	err = withRetry(2, func(try int) error { return fmt.Errorf("boom %d", try) })
	fmt.Println(err)
	fmt.Println(strings.Join(log.lines, "\n"))
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		var arr []int
		_ = arr[x]
	}()
	fmt.Println("x now", x)
}
