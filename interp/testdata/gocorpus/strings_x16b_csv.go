package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
)

const data = `epoch,train_loss,val_loss,lr
1,0.9812,1.0201,0.1
2,0.6120,0.7004,0.1
3,0.4433,0.5102,0.05
4,0.3901,0.4950,0.05
5,0.3512,0.5011,0.025
bad,row
`

type Row struct {
	Epoch          int
	Train, Val, LR float64
}

func parse(rec []string) (Row, error) {
	if len(rec) != 4 {
		return Row{}, fmt.Errorf("want 4 fields, got %d", len(rec))
	}
	var r Row
	var err error
	if r.Epoch, err = strconv.Atoi(rec[0]); err != nil {
		return r, err
	}
	fs := []*float64{&r.Train, &r.Val, &r.LR}
	for i, p := range fs {
		if *p, err = strconv.ParseFloat(rec[i+1], 64); err != nil {
			return r, err
		}
	}
	return r, nil
}

func main() {
	rd := csv.NewReader(strings.NewReader(data))
	rd.FieldsPerRecord = -1
	recs, err := rd.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	var rows []Row
	for i, rec := range recs[1:] {
		r, err := parse(rec)
		if err != nil {
			fmt.Printf("line %d: %v\n", i+2, err)
			continue
		}
		rows = append(rows, r)
	}
	bestVal := rows[0]
	for _, r := range rows {
		gap := r.Val - r.Train
		fmt.Printf("epoch %d gap %s%.4f\n", r.Epoch, strings.Repeat("+", int(gap*50)), gap)
		if r.Val < bestVal.Val {
			bestVal = r
		}
	}
	fmt.Printf("best: %+v\n", bestVal)
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"epoch", "note"})
	w.Write([]string{strconv.Itoa(bestVal.Epoch), `best "val", so far`})
	w.Flush()
	fmt.Print(sb.String())
	sc := bufio.NewScanner(strings.NewReader(data))
	lines := 0
	for sc.Scan() {
		if strings.Contains(sc.Text(), "0.05") {
			lines++
		}
	}
	fmt.Println("lines with lr 0.05:", lines, strconv.Quote("tab\there"))
}
