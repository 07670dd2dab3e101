package main

import (
	"fmt"
	"os"
)

type point struct {
	X, Y int
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

type secret string

func (secret) GoString() string { return `secret("***")` }

func main() {
	p := point{1, 2}
	fmt.Printf("struct: %v\n", p)
	fmt.Printf("struct+: %+v\n", p)
	fmt.Printf("go syntax: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("pointer type: %T\n", &p)

	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x %X %#x\n", 456, 456, 456)
	fmt.Printf("octal: %o %O\n", 64, 64)
	fmt.Printf("float: %f %.2f %e %E %g\n", 78.9, 78.9, 123400000.0, 123400000.0, 1e21)
	fmt.Printf("string: %s\n", "\"string\"")
	fmt.Printf("quoted: %q\n", "\"string\"")
	fmt.Printf("quoted rune: %q %U %#U\n", 'é', 'é', 'é')
	fmt.Printf("hex string: %x % x\n", "hex this", "hi")

	fmt.Printf("width: |%6d|%6d|\n", 12, 345)
	fmt.Printf("float width: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("left: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("strings: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("left strings: |%-6s|%-6s|\n", "foo", "b")
	fmt.Printf("zero pad: |%05d| plus: |%+d|\n", 42, 42)
	fmt.Printf("star width: |%*d|\n", 5, 7)

	fmt.Printf("slice: %v %d %q\n", []int{1, 2}, []int{3, 4}, []string{"a", "b"})
	fmt.Printf("map: %v\n", map[string]int{"z": 26, "a": 1, "m": 13})
	fmt.Printf("map#: %#v\n", map[string]bool{"b": true, "a": false})
	fmt.Printf("nested: %+v\n", struct {
		Name string
		Pts  []point
	}{"path", []point{{0, 0}, {3, 4}}})

	fmt.Printf("stringer: %v %d %s\n", Blue, Blue, Green)
	fmt.Printf("stringer slice: %v\n", []Color{Red, Blue})
	fmt.Printf("gostringer: %#v %v\n", secret("pw"), secret("pw"))

	var ip *int
	var e error
	fmt.Printf("nil: %v %v\n", ip, e)
	fmt.Printf("explicit index: %[2]d %[1]d %[2]d\n", 1, 2)
	fmt.Printf("percent: 100%%\n")

	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stdout, "fprintf: %v\n", []any{1, "two", 3.0, nil})
	fmt.Print("print ", 1, 2, "three", "\n")
	fmt.Println("println", 1, 2, "three")
}
