package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

type Row struct {
	Date    string
	Product string
	Qty     int
	Price   int64
}

func readRows(r io.Reader) ([]Row, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = 4
	var out []Row
	line := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			return out, fmt.Errorf("line %d: %w", line, err)
		}
		if line == 1 {
			continue
		}
		q, err := strconv.Atoi(rec[2])
		if err != nil {
			return out, fmt.Errorf("line %d qty: %w", line, err)
		}
		p, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			return out, fmt.Errorf("line %d price: %w", line, err)
		}
		out = append(out, Row{rec[0], rec[1], q, int64(p*100 + 0.5)})
	}
	return out, nil
}

const src = `date,product,qty,price
# comment line
2024-01-02,"Widget, large",3,19.99
2024-01-02,Gizmo,1,5.50
2024-01-03,"Widget, large",2,19.99
2024-01-03,"Say ""hi"" mug",4,7.25
2024-01-04,Gizmo,10,5.00
`

func main() {
	rows, err := readRows(strings.NewReader(src))
	if err != nil {
		fmt.Println("error:", err)
	}
	type tot struct {
		qty   int
		cents int64
	}
	agg := map[string]tot{}
	for _, r := range rows {
		t := agg[r.Product]
		t.qty += r.Qty
		t.cents += int64(r.Qty) * r.Price
		agg[r.Product] = t
	}
	names := make([]string, 0, len(agg))
	for n := range agg {
		names = append(names, n)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"product", "qty", "revenue"})
	for _, n := range names {
		t := agg[n]
		w.Write([]string{n, strconv.Itoa(t.qty), strconv.FormatFloat(float64(t.cents)/100, 'f', 2, 64)})
	}
	w.Flush()
	fmt.Print(buf.String())
	_, err = readRows(strings.NewReader("a,b,c,d\nx,y,z\n"))
	fmt.Println("short:", err)
	_, err = readRows(strings.NewReader("a,b,c,d\nx,y,z,1.0\n"))
	fmt.Println("bad qty:", err)
}
