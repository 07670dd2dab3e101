// Exercises: printing with %v %+v %#v %T %q %x %X %08b %o %e %g %-10s| %6.2f %*d %-*s %.*f %% %c %U and Sprintf padding
package main

import (
	"fmt"
	"os"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
	inner *int
}

type Level int

type Empty struct{}

func (Empty) String() string { return "<empty>" }

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	it := Item{Name: "widget", Price: 3.5, Tags: []string{"a", "b"}}
	fmt.Printf("%v\n%+v\n", it, it)
	fmt.Printf("%#v\n", Item{Name: "x"}.Tags)
	fmt.Printf("%T %T %T %T\n", it, &it, it.Tags, Level(1))
	fmt.Printf("%v %d %s %q\n", Level(2), Level(2), Level(0), Level(1))
	fmt.Printf("%q %q %x %X % x\n", "tab\there", 'x', "hi", []byte{1, 171}, "abc")
	fmt.Printf("%08b %o %#o %#x %x\n", 37, 64, 64, 255, -255)
	fmt.Printf("%e %g %G %.3e %g\n", 123456.789, 1e21, 1e-7, 0.000123, 100000.0)
	fmt.Printf("%-10s|%10s|%-6d|%6d|\n", "left", "right", 42, -42)
	fmt.Printf("%6.2f|%-8.3f|%+.1f|%08.3f\n", 3.14159, 2.0, 5.55, -3.14159)
	fmt.Printf("%*d|%-*d|%.*f|%*.*f|\n", 5, 42, 4, 7, 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("%c%c%c %U %5.1f%%\n", 'G', 'o', '!', 'G', 99.5)
	fmt.Printf("%t %v\n", true, nil)
	bad := []string{"%d %s\n", "%d\n", "%d %d\n"}
	fmt.Printf(bad[0], "str", 5)
	fmt.Printf(bad[1], 1, 2)
	fmt.Printf(bad[2], 1)
	fmt.Println(fmt.Sprintf("%5t|%-5t|", true, false), fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Fprintf(os.Stdout, "%v %v %v\n", []string{}, map[string]int{"b": 2, "a": 1}, struct{ A, b int }{1, 2})
	var ip *int
	fmt.Printf("%v %+v %#v\n", ip, []*int{nil}, [2]bool{true})
	fmt.Printf("%x %X %.2x\n", 3.0, "Go", "hello")
	for _, x := range []any{Level(1), Empty{}, struct{}{}, 7} {
		if s, ok := x.(fmt.Stringer); ok {
			fmt.Printf("Stringer %q|", s.String())
		} else {
			fmt.Printf("%T %v|", x, x)
		}
	}
	fmt.Println()
}
