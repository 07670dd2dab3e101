// Exercises: fmt.Sscanf with %d %s %f %x %q verbs and literal text, fmt.Sscan and Sscanln, the count and error results of failed scans.
package main

import (
	"fmt"
)

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscanf("alice 30 1.68", "%s %d %f", &name, &age, &height)
	fmt.Println(n, err, name, age, height)

	var x, y int
	n, err = fmt.Sscanf("point(3,-7)", "point(%d,%d)", &x, &y)
	fmt.Println(n, err, x, y)

	var h int
	var q string
	n, err = fmt.Sscanf("ff \"quoted str\"", "%x %q", &h, &q)
	fmt.Println(n, err, h, q)

	var a, b, c int
	n, err = fmt.Sscan("1 2\n3", &a, &b, &c)
	fmt.Println(n, err, a+b+c)
	n, err = fmt.Sscanln("4 5\n6", &a, &b, &c)
	fmt.Println(n, err != nil, a, b)

	var k int
	n, err = fmt.Sscanf("abc", "%d", &k)
	fmt.Println(n, err)
	var w1, w2 string
	n, _ = fmt.Sscan("  many   spaces here ", &w1, &w2)
	fmt.Printf("%d %q %q\n", n, w1, w2)
}
