package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Point struct {
	X, Y int
}

type Planet struct {
	Name   string
	Mass   float64
	Moons  []string
	Origin *Point
	tags   map[string]int
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	// multiplication table
	fmt.Print("  x |")
	for i := 1; i <= 9; i++ {
		fmt.Printf("%4d", i)
	}
	fmt.Println("\n----+" + strings.Repeat("-", 36))
	for i := 1; i <= 9; i++ {
		fmt.Printf("%3d |", i)
		for j := 1; j <= 9; j++ {
			if j < i {
				fmt.Print("    ")
			} else {
				fmt.Printf("%4d", i*j)
			}
		}
		fmt.Println()
	}

	// formatted numeric output
	x := 7.125
	fmt.Printf("[%09.3f] [%-9.3f] [%+.2e] [%x] [%8.3g]\n", x, x, x, 42, x)
	fmt.Printf("[%05d] [%-5d|] [%o] [%#o] [%#x] [%08b] [%X]\n", 42, 42, 8, 8, 255, 5, 3054)
	fmt.Printf("[%6.2f%%] [%v] [%v] [%v]\n", 99.5, math.Inf(-1), math.NaN(), -0.0)
	fmt.Printf("[%t] [%c] [%U] [%q] [%#q]\n", true, 0x1F600, 0x1F600, "tab\there", "raw`")
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 12, 6, 12, 2, math.Pi)

	p := Planet{"Earth", 5.972e24, []string{"Moon"}, &Point{1, 2}, map[string]int{"b": 2, "a": 1}}
	fmt.Printf("%v\n", p.Moons)
	fmt.Printf("%+v\n", *p.Origin)
	fmt.Printf("%#v\n", *p.Origin)
	fmt.Printf("%v %+v\n", p.tags, p.tags)
	fmt.Printf("%T %T %T %T\n", p, p.Origin, p.tags, p.Mass)
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]bool{"x": true}, "s")
	fmt.Println(Celsius(21.55), []Celsius{0, -40}, Tuesday, []Weekday{Sunday, Monday})
	fmt.Printf("%v %d %s|%5s|%-5s|\n", Monday, Monday, Tuesday, Sunday, Sunday)
	fmt.Printf("%v %x %X % x\n", []byte("Go!"), "Go!", []byte{1, 171}, []byte{1, 171})
	fmt.Printf("%6.2v|%v|%.3s|%10.4q\n", 3.14159, int8(-5), "abcdef", "abcdef")
	fmt.Printf("%d|%s|%v\n", []int{1, 2}, []string{"a", "b"}, [2]bool{true})
	fmt.Printf("%5.1f|%-8v|%08.2f\n", []float64{1, 2.25}, "x", -3.14159)
	fmt.Println(fmt.Sprintf("%v", nil), fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tmass\tmoons\t")
	fmt.Fprintln(w, "Mercury\t0.33\t0\t")
	fmt.Fprintln(w, "Jupiter\t1898\t95\t")
	w.Flush()
}
