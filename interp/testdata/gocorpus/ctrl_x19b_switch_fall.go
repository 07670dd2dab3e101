package main

import "fmt"

type Level int

const (
	Debug Level = iota
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

func enabled(min Level) []Level {
	var out []Level
	switch min {
	case Debug:
		out = append(out, Debug)
		fallthrough
	case Info:
		out = append(out, Info)
		fallthrough
	case Warn:
		out = append(out, Warn)
		fallthrough
	default:
		out = append(out, Error)
	}
	return out
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0 && n < 10:
		return "small even"
	case n < 10:
		return "small odd"
	default:
		return "large"
	}
}

func main() {
	for l := Debug; l <= Error+1; l++ {
		fmt.Printf("%v: %v\n", l, enabled(l))
	}
	for _, n := range []int{-3, 0, 4, 7, 12} {
		fmt.Println(n, classify(n))
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 100:
		fmt.Println("fell into x > 100")
	case x > 1:
		fmt.Println("not reached")
	}
	switch c := 'e'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println(string(c), "vowel")
	default:
		fmt.Println(string(c), "consonant")
	}
	f := func() int { fmt.Println("evaluated"); return 2 }
	switch f() {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}
	switch {
	}
	fmt.Printf("%d %s %v %q\n", Warn, Warn, Level(9), Info)
}
