package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

const input = `AAPL 182.5 1200
MSFT 410.25 -300
GOOG 141 0
NVDA 890.125 75`

type Holding struct {
	Sym   string
	Price float64
	Qty   int
	Tags  []string
	Meta  map[string]int
	Owner *string
}

type Level uint8

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	var hs []Holding
	owner := "me"
	for _, line := range strings.Split(input, "\n") {
		var h Holding
		fmt.Sscan(line, &h.Sym, &h.Price, &h.Qty)
		hs = append(hs, h)
	}
	hs[0].Tags = []string{"tech", "hw"}
	hs[0].Meta = map[string]int{"z": 1, "a": 2}
	hs[1].Owner = &owner
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "sym\tprice\tqty\tvalue\t")
	for _, h := range hs {
		fmt.Fprintf(tw, "%s\t%.2f\t%+d\t%10.1f\t\n", h.Sym, h.Price, h.Qty, h.Price*float64(h.Qty))
	}
	tw.Flush()
	fmt.Printf("%v\n%+v\n", hs[0], hs[0])
	fmt.Printf("%#v\n", hs[2])
	fmt.Printf("%T %T %T\n", hs, hs[0].Meta, hs[1].Owner)
	fmt.Printf("%q %v %x %X %o %b %c %U\n", "a\tb", []byte("hi"), "hi", 255, 8, 5, 'G', 'λ')
	fmt.Printf("|%6.2f|%-8s|%08.3f|%+.1e|%g|\n", 3.14159, "go", -2.5, 123456.0, 1e21)
	fmt.Printf("|%*d|%-*d|%5t|%v|\n", 5, 42, 4, 7, true, nil)
	var lv Level = 2
	fmt.Printf("%v %d %s %q\n", lv, lv, Level(0), lv)
	fmt.Printf("%v %v\n", struct {
		A int
		B string
	}{1, "x"}, [2]bool{true})
	fmt.Println(fmt.Sprintf("%6.3v|%x", "abcdef", -255))
	fmt.Printf("%v %.3v %08b\n", 1.0/3, 2.0/3, -5)
	type pt struct{ X, Y int }
	fmt.Printf("%v %+v %#v\n", &pt{1, 2}, []*int{nil}, map[pt]string{{1, 2}: "a"})
}
