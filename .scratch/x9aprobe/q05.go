// Exercises: Stringer type formatted with %.1f, %x, %q, %5s, %d
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type ID int

func (i ID) String() string { return fmt.Sprintf("id-%d", int(i)) }

func main() {
	c := Celsius(21.456)
	fmt.Printf("%v|%s|%.2f|%6.1f|%q|%x\n", c, c, c, c, c, c)
	id := ID(255)
	fmt.Printf("%v|%d|%x|%X|%5s|%-8v|\n", id, id, id, id, id, id)
	fmt.Println(c, id, []Celsius{1, 2}, map[ID]Celsius{2: 3, 1: 4})
	fmt.Println(fmt.Sprint(c) == c.String(), fmt.Sprintf("%v", &c) != "")
}
