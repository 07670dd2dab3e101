package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

type Txn struct {
	Date   time.Time
	Ref    string
	Amount int64
}

func parseAmount(s string) (int64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg, s = true, s[1:len(s)-1]
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, err
	}
	c := int64(f*100 + 0.5)
	if neg {
		c = -c
	}
	return c, nil
}

func load(src, layout string) ([]Txn, error) {
	r := csv.NewReader(strings.NewReader(src))
	r.TrimLeadingSpace = true
	recs, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	var out []Txn
	var errs []error
	for i, rec := range recs {
		d, err1 := time.Parse(layout, rec[0])
		a, err2 := parseAmount(rec[2])
		if err := errors.Join(err1, err2); err != nil {
			errs = append(errs, fmt.Errorf("row %d: %w", i+1, err))
			continue
		}
		out = append(out, Txn{d, rec[1], a})
	}
	return out, errors.Join(errs...)
}

const bank = `2024-04-01, CHK101, "1,250.00"
2024-04-03, CHK102, (89.99)
2024-04-05, DEP7, 300.00
2024-04-31, BAD, 1.00
2024-04-09, FEE, (12.50)`

const books = `04/01/2024, CHK101, 1250
04/03/2024, CHK102, (89.99)
04/07/2024, CHK103, (42.00)
04/05/2024, DEP7, 310.00`

func main() {
	b, err := load(bank, "2006-01-02")
	fmt.Println("bank errors:", err)
	l, err := load(books, "01/02/2006")
	fmt.Println("book errors:", err)
	idx := map[string]Txn{}
	for _, t := range l {
		idx[t.Ref] = t
	}
	var onlyBank, mismatch []string
	for _, t := range b {
		bt, ok := idx[t.Ref]
		switch {
		case !ok:
			onlyBank = append(onlyBank, t.Ref)
		case bt.Amount != t.Amount:
			mismatch = append(mismatch, fmt.Sprintf("%s bank=%d books=%d diff=%d", t.Ref, t.Amount, bt.Amount, t.Amount-bt.Amount))
		case !bt.Date.Equal(t.Date):
			mismatch = append(mismatch, t.Ref+" date")
		}
		delete(idx, t.Ref)
	}
	onlyBooks := slices.Sorted(func(yield func(string) bool) {
		for k := range idx {
			if !yield(k) {
				return
			}
		}
	})
	fmt.Println("only in bank:", onlyBank)
	fmt.Println("only in books:", onlyBooks)
	fmt.Println(strings.Join(mismatch, "\n"))
}
