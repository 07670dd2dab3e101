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

const data = `region,product,units,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,5,9.50
east,widget,7,2.75
south,widget,12,2.40
"west, far",gizmo,1,99.99
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

func main() {
	r := csv.NewReader(strings.NewReader(data))
	recs, err := r.ReadAll()
	if err != nil {
		panic(err)
	}
	var sales []Sale
	for _, rec := range recs[1:] {
		u, _ := strconv.Atoi(rec[2])
		p, _ := strconv.ParseFloat(rec[3], 64)
		sales = append(sales, Sale{rec[0], rec[1], u, p})
	}
	byRegion := map[string]float64{}
	for _, s := range sales {
		byRegion[s.Region] += s.Revenue()
	}
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\trevenue\t")
	for _, reg := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t\n", reg, byRegion[reg])
	}
	tw.Flush()
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "note"})
	w.Write([]string{"gizmo", `has "quotes", commas`})
	w.Flush()
	fmt.Println(w.Error())
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err)
	fmt.Printf("%v\n", sales[5])
	fmt.Printf("%+v\n", sales[:2])
}
