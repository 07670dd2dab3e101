package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

type holder struct {
	Err  error
	Any  any
	P    *point
	List []point
	M    map[string]point
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Printf("%T %T %T %T\n", []point{}, map[string]point{}, make(chan point), func(point) error { return nil })
	fmt.Printf("%#v\n", []point{{1, 2}})
	fmt.Printf("%#v\n", map[string]point{"a": {3, 4}})
	h := holder{Err: errors.New("e"), List: []point{{5, 6}}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Printf("%#v\n", celsius(3))
	fmt.Printf("%v %s %d %.2f %x\n", celsius(3), celsius(3), celsius(3), celsius(3), celsius(3))
	fmt.Println([]celsius{1, 2}, map[celsius]int{1: 1}, [1]celsius{5}, &h.List[0])
	fmt.Printf("%T %v\n", any(celsius(2)), any(celsius(2)))
	fmt.Printf("%v %d\n", struct{ C celsius }{4}, struct{ C celsius }{4})
	fmt.Printf("%08.3f|%-8v|%8v|%+.1e\n", 3.14159, point{1, 2}, "x", 12345.678)
	fmt.Printf("%q %v %c %U\n", 'x', 'x', 0x4E16, '⌘')
	fmt.Printf("%t %v\n", "notbool", struct{}{})
	fmt.Printf("%s\n", []byte(nil))
	fmt.Printf("%6.2v|%.3s|%.0f|%5.1q\n", 3.14159, "abcdef", 2.5, "go")
}
