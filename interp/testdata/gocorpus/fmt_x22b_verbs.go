package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
	Tag  string
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

type Node struct {
	Val  int
	Next *Node
}

func main() {
	p := Point{1, -2, "a\tb"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v %+v\n", &p, []*Point{})
	fmt.Printf("%q %x %X % x %s\n", "héllo", "hi", []byte("hi"), "abc", []byte("raw"))
	fmt.Printf("%5d|%-5d|%05d|%+d|%x|%o|%O|%b|%#x\n", 42, 42, 42, 42, 255, 8, 8, 5, 255)
	fmt.Printf("%8.3f|%-8.2f|%e|%E|%g|%G|%.3g\n", 3.14159, 2.5, 123456.789, 0.000123, 1e21, 1e-7, 2.0/3)
	fmt.Printf("%c %U %#U %q\n", 'G', 'π', 'π', 'x')
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("%v %s %v\n", Temp(21.55), Temp(-3), []Temp{1, 2})
	fmt.Printf("%v %#v\n", Secret("pw"), Secret("pw"))
	for _, bad := range []string{"%d %s\n", "%d %d %d\n", "%d\n", "%t %!\n"} {
		fmt.Printf(bad, "str", 42)
	}
	m := map[Point]int{{2, 1, ""}: 5, {1, 2, ""}: 3, {1, 1, "z"}: 9}
	fmt.Println(m)
	fmt.Printf("%v\n", map[bool][]string{true: {"y"}, false: nil})
	list := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", list.Val, *list.Next)
	var ip *int
	var e error
	fmt.Println(ip, e, []int(nil), map[string]int(nil), [2]bool{})
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%x %X\n", -255, uint8(200))
	fmt.Printf("%s\n", errors.New("boom"))
	fmt.Printf("%v %.2v %10.4v|\n", 1.0, 3.14159, "abcdefgh")
	fmt.Printf("%08b %3c| %-4q|\n", 5, 'x', 'y')
	s := fmt.Sprintln("a", 1, 2, "b", "c", 3.5)
	fmt.Print(s)
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Fprintf(os.Stdout, "%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%v %d\n", []any{1, "a", nil, 2.5}, []int8{-1, 2})
	fmt.Println(fmt.Sprintf("%3s|%-3s|%.1s", "ab", "ab", "xyz"))
	fmt.Printf("%+q %#q\n", "héllo", "back`tick")
	type inner struct {
		A []int
		B map[string]int
	}
	fmt.Printf("%#v\n", inner{[]int{1}, map[string]int{"k": 1}})
}
