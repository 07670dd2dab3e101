package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `region,product,units,price
North,Widget,12,2.50
South,Gadget,3,10.00
North,Gadget,7,10.00
East,Widget,20,2.25
South,Widget,"5",2.50
East,Gizmo,1,99.99
West,Gizmo,x,99.99
`

type sale struct {
	region, product string
	units           int
	price           float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, _ := r.Read()
	fmt.Println("columns:", header)
	var sales []sale
	line := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			fmt.Println("read error:", err)
			continue
		}
		u, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("line %d: bad units %q\n", line, rec[2])
			continue
		}
		p, _ := strconv.ParseFloat(rec[3], 64)
		sales = append(sales, sale{rec[0], rec[1], u, p})
	}
	byRegion := map[string]float64{}
	byProduct := map[string]int{}
	for _, s := range sales {
		byRegion[s.region] += float64(s.units) * s.price
		byProduct[s.product] += s.units
	}
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "region\trevenue\t")
	for _, reg := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t\n", reg, byRegion[reg])
	}
	tw.Flush()
	fmt.Println(byProduct)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "units", "note"})
	for _, p := range []string{"Gadget", "Gizmo", "Widget"} {
		w.Write([]string{p, strconv.Itoa(byProduct[p]), "has, comma \"q\""})
	}
	w.Flush()
	fmt.Println(w.Error())
}
