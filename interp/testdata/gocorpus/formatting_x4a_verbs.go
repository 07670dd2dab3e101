// Exercises: fmt verbs: %v %+v %#v %T %t %d %b %c %x %f %e %E %s %q %p-free widths, padding, precision, Sprintf, Fprintln to os.Stdout, Errorf.
package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x %X %#x\n", 456, 456, 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	fmt.Printf("zero: |%05d| %+d %08.3f\n", 42, 42, 3.14159)
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintln(os.Stdout, "to stdout:", 1, 2)
	err := fmt.Errorf("user %q not found (id %d)", "bob", 7)
	fmt.Println(err)
	t := Temp(21.55)
	fmt.Printf("%v %s %d|%.2f %v\n", t, t, 5, float64(t), []Temp{1, 2})
	fmt.Printf("%v %d %s\n", []int{1, 2}, []int{3, 4}, []string{"a", "b"})
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%v %v\n", nil, map[string]int{"z": 1, "a": 2})
	fmt.Printf("%d%%\n", 50)
}
