package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const sales = `region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,9.50
east,widget,20,2.25
south,widget,8,2.75
east,gizmo,2,30.00
north,gizmo,1,31.00
east,gadget,5,10.25
south,gizmo,4,29.00`

type Row map[string]string

type Frame struct {
	Cols []string
	Rows []Row
}

func ReadFrame(s string) Frame {
	lines := strings.Split(s, "\n")
	f := Frame{Cols: strings.Split(lines[0], ",")}
	for _, l := range lines[1:] {
		vals := strings.Split(l, ",")
		r := Row{}
		for i, c := range f.Cols {
			r[c] = vals[i]
		}
		f.Rows = append(f.Rows, r)
	}
	return f
}

func (f Frame) Float(r Row, col string) float64 {
	v, err := strconv.ParseFloat(r[col], 64)
	if err != nil {
		panic(err)
	}
	return v
}

type Agg struct {
	Count   int
	Units   float64
	Revenue float64
}

func (f Frame) GroupBy(col string) map[string]*Agg {
	groups := make(map[string]*Agg)
	for _, r := range f.Rows {
		key := r[col]
		a, ok := groups[key]
		if !ok {
			a = &Agg{}
			groups[key] = a
		}
		u := f.Float(r, "units")
		a.Count++
		a.Units += u
		a.Revenue += u * f.Float(r, "price")
	}
	return groups
}

func printGroups(title string, g map[string]*Agg) {
	fmt.Println("==", title, "==")
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return g[keys[i]].Revenue > g[keys[j]].Revenue })
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "key\tn\tunits\trevenue\tavg price\t")
	for _, k := range keys {
		a := g[k]
		fmt.Fprintf(w, "%s\t%d\t%.0f\t%.2f\t%.2f\t\n", k, a.Count, a.Units, a.Revenue, a.Revenue/a.Units)
	}
	w.Flush()
}

func main() {
	f := ReadFrame(sales)
	fmt.Println("columns:", f.Cols, "rows:", len(f.Rows))
	fmt.Println(f.Rows[0])
	printGroups("by region", f.GroupBy("region"))
	printGroups("by product", f.GroupBy("product"))
	var total float64
	for _, r := range f.Rows {
		total += f.Float(r, "units") * f.Float(r, "price")
	}
	fmt.Printf("total revenue: %8.2f\n", total)
}
