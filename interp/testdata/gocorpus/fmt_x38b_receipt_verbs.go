package main

import (
	"fmt"
	"strings"
)

type Cents int

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type SKU string

func (s SKU) GoString() string { return "SKU(" + string(s) + ")" }

type Barcode uint32

func (b Barcode) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "%03d-%04d-%03d", b/10000000, b/1000%10000, b%1000)
	case 'x':
		fmt.Fprintf(f, "0x%08x", uint32(b))
	default:
		fmt.Fprintf(f, "%%!%c(Barcode)", verb)
	}
}

type Line struct {
	SKU   SKU
	Code  Barcode
	Desc  string
	Qty   int
	Price Cents
}

type Receipt struct {
	Store string
	Lines []Line
	Tax   float64
	tags  map[string]bool
}

func main() {
	r := Receipt{
		Store: "Corner Shop",
		Lines: []Line{
			{"MLK-1", 123456789, "Milk 1L", 2, 129},
			{"EGG-12", 987654321, "Eggs (12)", 1, 349},
			{"TEA-G", 555000111, "Green tea", 3, 450},
		},
		Tax:  0.0725,
		tags: map[string]bool{"loyalty": true, "cash": false},
	}
	fmt.Printf("%s\n%s\n", strings.ToUpper(r.Store), strings.Repeat("=", 40))
	var sub Cents
	for i, l := range r.Lines {
		amt := Cents(l.Qty) * l.Price
		sub += amt
		fmt.Printf("%02d %-10s %3dx %7v %8s\n", i+1, l.Desc, l.Qty, l.Price, amt)
	}
	tax := Cents(float64(sub)*r.Tax + 0.5)
	fmt.Printf("%-22s %17v\n%-22s %17v\n%-22s %17v\n", "subtotal", sub, "tax", tax, "TOTAL", sub+tax)

	l := r.Lines[0]
	fmt.Printf("%v\n", l)
	fmt.Printf("%+v\n", l)
	fmt.Printf("%#v\n", l.SKU)
	fmt.Printf("%v %x %d\n", l.Code, l.Code, l.Code)
	fmt.Printf("%q %x %X % x\n", l.Desc, l.Desc, "ok", "hi")
	fmt.Printf("%T %T %T\n", l.Price, l.Code, r.tags)
	fmt.Printf("%v %+v\n", r.tags, r.Tax)
	fmt.Printf("[%8.3f] [%-8.2f] [%+d] [%e] [%g] [%G]\n", 3.14159, 2.5, 42, 123456.789, 0.000012, 1e21)
	fmt.Printf("[%5t] [%b] [%o] [%O] [%#x] [%c] [%U] [%08b]\n", true, 10, 64, 64, 255, 'G', 'é', 5)
	fmt.Printf("[%6s] [%-6s] [%.3s] [%q] [%#q]\n", "ab", "ab", "abcdef", 'x', "back`tick")
	fmt.Printf("%5.1f%%\n", r.Tax*100)
	fmt.Printf("%*d|%-*d|\n", 5, 7, 4, 9)
	fmt.Printf("%v %v\n", []Cents{1, 250}, map[SKU]Cents{"B": 5, "A": 10})
	fmt.Printf("%#v\n", []string{"x", "y"})
	fmt.Printf("%#v %#v\n", struct {
		A int
		B string
	}{1, "z"}, [2]bool{true})
	fmt.Printf("%v %d\n", &l.Qty == nil, []byte("AB"))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	var ptr *Line
	fmt.Printf("%v %+v\n", ptr, error(nil))
}
