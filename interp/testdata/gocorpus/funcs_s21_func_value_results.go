package main

import (
	"fmt"
	"strings"
)

type P struct {
	f func(string) string
}

func (p P) M(s string) string { return s + "m" }

var gf = strings.ToLower

func a(s string) (string, error)                        { return strings.ToUpper(s), nil }
func b(s string) (string, error)                        { f := strings.ToUpper; return f(s), nil }
func c(s string) (string, error)                        { return P{}.M(s), nil }
func d(s string) (string, int)                          { p := P{strings.TrimSpace}; return p.f(s), 1 }
func e(s string) (string, error)                        { return gf(s), nil }
func g(f func(string) string, s string) (string, error) { return f(s), nil }
func h(s string) (int, string)                          { p := P{strings.TrimSpace}; return 2, p.f(s) }

func main() {
	fmt.Println(a("x"))
	fmt.Println(b("x"))
	fmt.Println(c("x"))
	fmt.Println(d(" x "))
	fmt.Println(e("X"))
	fmt.Println(g(strings.ToUpper, "y"))
	fmt.Println(h(" z "))
}
