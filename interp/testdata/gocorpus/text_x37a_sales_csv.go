package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const salesData = `region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,10.00
east,widget,20,2.45
south,widget,5,2.50
east,gizmo,1,99.99
north,gizmo,2,95.00
west,widget,0,2.50
west,gadget,11,9.75
`

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

func parse(data string) ([]Sale, error) {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	var out []Sale
	for i, row := range rows[1:] {
		units, err := strconv.Atoi(row[2])
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		price, err := strconv.ParseFloat(row[3], 64)
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		out = append(out, Sale{row[0], row[1], units, price})
	}
	return out, nil
}

func main() {
	sales, err := parse(salesData)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	byRegion := map[string]float64{}
	unitsByProduct := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += s.Revenue()
		unitsByProduct[s.Product] += s.Units
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool {
		if byRegion[regions[i]] != byRegion[regions[j]] {
			return byRegion[regions[i]] > byRegion[regions[j]]
		}
		return regions[i] < regions[j]
	})

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "region\trevenue\t")
	var total float64
	for _, r := range regions {
		fmt.Fprintf(w, "%s\t%.2f\t\n", r, byRegion[r])
		total += byRegion[r]
	}
	fmt.Fprintf(w, "TOTAL\t%.2f\t\n", total)
	w.Flush()

	fmt.Println()
	fmt.Println("units by product:", unitsByProduct)

	_, err = parse("a,b,c,d\nx,y,notanumber,1.0\n")
	fmt.Println("bad input:", err)
	var numErr *strconv.NumError
	if ok := asNumErr(err, &numErr); ok {
		fmt.Printf("func=%s num=%q\n", numErr.Func, numErr.Num)
	}
}

func asNumErr(err error, target **strconv.NumError) bool {
	for err != nil {
		if ne, ok := err.(*strconv.NumError); ok {
			*target = ne
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}
