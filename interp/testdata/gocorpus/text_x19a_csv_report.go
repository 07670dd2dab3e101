package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,"1,000",0.99
east,widget,7,2.75
south,"gizmo, deluxe",2,19.95
north,widget,x,2.50
west,gadget,3
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("columns:", header)
	var sales []Sale
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
		if len(rec) != len(header) {
			fmt.Printf("line %d: want %d fields, got %d\n", line, len(header), len(rec))
			continue
		}
		units, err := strconv.Atoi(strings.ReplaceAll(rec[2], ",", ""))
		if err != nil {
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		price, _ := strconv.ParseFloat(rec[3], 64)
		sales = append(sales, Sale{rec[0], rec[1], units, price})
	}
	byRegion := map[string]float64{}
	for _, s := range sales {
		byRegion[s.Region] += float64(s.Units) * s.Price
	}
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "revenue", "note"})
	for _, reg := range regions {
		note := ""
		if byRegion[reg] > 100 {
			note = `big "spender", top`
		}
		w.Write([]string{reg, strconv.FormatFloat(byRegion[reg], 'f', 2, 64), note})
	}
	w.Flush()
	fmt.Println(w.Error(), len(sales))
}
