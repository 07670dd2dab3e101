package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Meters float64
type Seconds float64
type MetersPerSecond float64

func (m Meters) String() string          { return strconv.FormatFloat(float64(m), 'f', 2, 64) + " m" }
func (s Seconds) String() string         { return fmt.Sprintf("%.3f s", float64(s)) }
func (v MetersPerSecond) String() string { return fmt.Sprintf("%.2f m/s", float64(v)) }

func Speed(d Meters, t Seconds) MetersPerSecond { return MetersPerSecond(float64(d) / float64(t)) }

type Measurement struct {
	Label string
	D     Meters
	T     Seconds
}

func main() {
	data := []Measurement{
		{"cart A", 1.5, 0.82},
		{"cart B", 1.5, 1.07},
		{"free fall", 2.0, 0.639},
		{"pendulum", 0.35, 0.41},
	}
	fmt.Println(strings.Repeat("=", 44))
	fmt.Printf("| %-10s | %9s | %8s | %10s |\n", "run", "distance", "time", "speed")
	fmt.Println(strings.Repeat("-", 44))
	for _, m := range data {
		fmt.Printf("| %-10s | %9v | %8v | %10v |\n", m.Label, m.D, m.T, Speed(m.D, m.T))
	}
	fmt.Println(strings.Repeat("=", 44))
	m := data[0]
	fmt.Printf("%v\n%+v\n%#v\n%T\n", m, m, m, m.D)
	fmt.Printf("%q %x %08.3f %-8.2e| %6.1f%%\n", m.Label, 255, 3.14159, 12345.678, 42.0)
	fmt.Printf("%5t|%-5t|%3c|%U\n", true, false, 'λ', 'λ')
	fmt.Printf("%v %d %s\n", []Meters{1, 2.5}, []int{3, 4}, []string{"a", "b"})
	fmt.Printf("%06.2f %+d %x %X %o %b\n", -3.5, 7, "hi", 3054, 8, 5)
	fmt.Println(strconv.Quote("tab\tend"), strconv.Itoa(-12), strconv.FormatInt(255, 16))
	v, err := strconv.ParseFloat("9.81e0", 64)
	fmt.Println(v, err)
	_, err = strconv.Atoi("12x")
	fmt.Println(err)
}
