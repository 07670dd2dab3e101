package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type secret string

func (secret) GoString() string { return `secret("***")` }

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
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("pointer is set: %t\n", &p != nil)
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stdout, "io: an %s\n", "error")

	fmt.Printf("%v %s %d\n", Temp(21.55), Temp(-3), 42)
	fmt.Printf("%#v %v\n", secret("pw"), secret("pw"))
	fmt.Printf("%08.3f|%+d|%x|%X|%o|%#x|%#o\n", 3.14159, 5, -255, 255, 8, 255, 8)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	fmt.Printf("%v %d\n", []byte("hi"), []int8{-1, 2})
	fmt.Printf("%q %v %#v\n", []string{"a", "b c"}, map[string]int{"z": 1, "a": 2}, []any{1, "x", nil})
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%t %v %g %G\n", false, 1e21, 1e-7, 2.5e10)
	fmt.Printf("%U %#U %c\n", 0x1F600, 'A', 'é')
	fmt.Printf("%5t|%-5v|%05d\n", true, nil, -42)
	var ip *int
	fmt.Printf("%v %+v %#v\n", ip, &point{3, 4}, &point{5, 6})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	fmt.Printf("%T %T %T %T\n", Temp(1), 'x', 2i, []any{})
}
