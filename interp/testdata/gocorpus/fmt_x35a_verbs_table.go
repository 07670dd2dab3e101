package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Point struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	Tags []string
	Home *Point
}

func main() {
	p := Point{3, -4}
	fmt.Printf("%v | %+v | %#v | %T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v %+v\n", pp, pp)

	bob := Person{Name: "Bob", Age: 30, Tags: []string{"admin", "dev"}}
	fmt.Printf("%v\n%+v\n", bob, bob)
	fmt.Printf("%#v\n", bob.Tags)
	fmt.Printf("%q %v %d\n", bob.Name, bob.Home, len(bob.Tags))

	fmt.Printf("|%5d|%-5d|%05d|\n", 42, 42, 42)
	fmt.Printf("|%8.3f|%-8.2f|%e|%g|\n", 3.14159, 2.5, 123456.789, 0.000012)
	fmt.Printf("|%x|%X|%o|%b|%#x|\n", 255, 255, 8, 5, 255)
	fmt.Printf("|%10s|%-10s|%.3s|\n", "right", "left", "truncate")
	fmt.Printf("%c %U %q\n", 'G', 'G', 'G')
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Printf("%*d|%-*d|\n", 6, 7, 4, 8)
	fmt.Printf("%v %v\n", []byte("hi"), [3]bool{true})
	fmt.Printf("%s %x % x\n", []byte("hi"), "hi", []byte("abc"))
	fmt.Printf("%08.3f|%+d|% d\n", 3.14159, 5, 5)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	fmt.Println(fmt.Sprintln("x", 1) + "end")

	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "name\tqty\tprice")
	fmt.Fprintln(w, "apple\t3\t0.50")
	fmt.Fprintln(w, "watermelon\t1\t3.25")
	w.Flush()

	err := fmt.Errorf("wrap: %w", os.ErrNotExist)
	fmt.Printf("%v | %T\n", err, err)
}
