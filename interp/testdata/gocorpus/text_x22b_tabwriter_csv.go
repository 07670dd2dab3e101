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

const sales = `region,product,units,price
north,widget,12,2.50
south,gadget,3,19.99
north,gadget,7,19.99
east,widget,30,2.25
"south","widget, deluxe",5,7.00
east,gizmo,1,120
west,widget,0,2.50`

type row struct {
	region, product string
	units           int
	price           float64
}

func main() {
	r := csv.NewReader(strings.NewReader(sales))
	recs, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	header, recs := recs[0], recs[1:]
	var rows []row
	for _, rec := range recs {
		u, _ := strconv.Atoi(rec[2])
		p, _ := strconv.ParseFloat(rec[3], 64)
		rows = append(rows, row{rec[0], rec[1], u, p})
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, strings.Join(header, "\t")+"\trevenue\t")
	byRegion := map[string]float64{}
	for _, x := range rows {
		rev := float64(x.units) * x.price
		byRegion[x.region] += rev
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t%.2f\t\n", x.region, x.product, x.units, x.price, rev)
	}
	tw.Flush()
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "revenue"})
	for _, k := range regions {
		w.Write([]string{k, strconv.FormatFloat(byRegion[k], 'f', 2, 64)})
	}
	w.Write([]string{"note", "has \"quotes\", commas"})
	w.Flush()
	fmt.Println(w.Error())
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err)
}
