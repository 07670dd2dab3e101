package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

const raw = `date,store,category,amount
2024-04-01,downtown,books,120.50
2024-04-01,downtown,toys,35.00
2024-04-01,airport,books,310.25
2024-04-02,airport,"snacks, drinks",88.10
2024-04-02,downtown,books,64.00
2024-04-02,mall,toys,210.00
2024-04-03,mall,"snacks, drinks",41.75
2024-04-03,airport,toys,12.00
2024-04-03,downtown,"snacks, drinks",19.99`

type cell struct{ store, cat string }

func main() {
	r := csv.NewReader(strings.NewReader(raw))
	header, err := r.Read()
	if err != nil {
		panic(err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	pivot := map[cell]float64{}
	storeSet, catSet := map[string]bool{}, map[string]bool{}
	for {
		rec, err := r.Read()
		if err != nil {
			break
		}
		amt, err := strconv.ParseFloat(rec[col["amount"]], 64)
		if err != nil {
			continue
		}
		c := cell{rec[col["store"]], rec[col["category"]]}
		pivot[c] += amt
		storeSet[c.store] = true
		catSet[c.cat] = true
	}
	keys := func(m map[string]bool) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	stores, cats := keys(storeSet), keys(catSet)

	bw := bufio.NewWriter(os.Stdout)
	defer bw.Flush()
	w := csv.NewWriter(bw)
	w.Write(append([]string{"store"}, append(cats, "total")...))
	colTotals := make([]float64, len(cats))
	for _, s := range stores {
		row := []string{s}
		total := 0.0
		for i, c := range cats {
			v := pivot[cell{s, c}]
			total += v
			colTotals[i] += v
			if v == 0 {
				row = append(row, "")
			} else {
				row = append(row, strconv.FormatFloat(v, 'f', 2, 64))
			}
		}
		row = append(row, strconv.FormatFloat(total, 'f', 2, 64))
		w.Write(row)
	}
	last := []string{"ALL"}
	grand := 0.0
	for _, t := range colTotals {
		last = append(last, fmt.Sprintf("%.2f", t))
		grand += t
	}
	w.Write(append(last, fmt.Sprintf("%.2f", grand)))
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Fprintln(bw, "csv error:", err)
	}
	fmt.Fprintln(bw)
	w2 := csv.NewWriter(bw)
	w2.Comma = '\t'
	w2.Write([]string{"quote\"d", "multi\nline", " spaced "})
	w2.Flush()
	fmt.Fprintf(bw, "%d stores x %d categories, grand %.2f\n", len(stores), len(cats), grand)

	bad := csv.NewReader(strings.NewReader("a,b\n1,2,3\n\"open"))
	_, err = bad.ReadAll()
	fmt.Fprintln(bw, "bad csv:", err)
}
