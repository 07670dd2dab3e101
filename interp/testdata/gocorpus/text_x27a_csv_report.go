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
north,widget,12,2.50
south,widget,7,2.50
north,gadget,3,10.00
east,widget,20,2.40
south,gizmo,"5",7.25
east,gadget,1,9.99
north,widget,8,2.50
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func load(s string) ([]Sale, error) {
	r := csv.NewReader(strings.NewReader(s))
	recs, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	var out []Sale
	for i, rec := range recs[1:] {
		u, err := strconv.Atoi(rec[2])
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		p, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+2, err)
		}
		out = append(out, Sale{rec[0], rec[1], u, p})
	}
	return out, nil
}

func main() {
	sales, err := load(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	byRegion := map[string]float64{}
	byProduct := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += float64(s.Units) * s.Price
		byProduct[s.Product] += s.Units
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "region\trevenue\t")
	for _, r := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t\n", r, byRegion[r])
	}
	tw.Flush()
	fmt.Println(byProduct)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "units", "note"})
	for _, p := range []string{"gadget", "gizmo", "widget"} {
		w.Write([]string{p, strconv.Itoa(byProduct[p]), `says "hi", ok`})
	}
	w.Flush()

	_, err = load("a,b,c,d\nx,y,notnum,1\n")
	fmt.Println(err)
	_, err = load("a,b\n\"unterminated,c\n")
	fmt.Println(err != nil)
}
