package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `employee,hours,rate,allowances
"Smith, John",40,28.50,1
Garcia Maria,45.5,32.00,2
Lee Chen,38,45.75,0
"O'Brien, Pat",52,19.25,3
`

type Stub struct {
	Name        string
	Gross       int64
	Federal     int64
	SocialSec   int64
	Medicare    int64
	Net         int64
	OvertimeHrs float64
}

func toCents(f float64) int64 { return int64(f*100 + 0.5) }

func compute(name string, hours, rate float64, allowances int) Stub {
	reg := min(hours, 40)
	ot := max(hours-40, 0)
	gross := toCents(reg*rate + ot*rate*1.5)
	taxable := max(gross-int64(allowances)*8000, 0)
	s := Stub{Name: name, Gross: gross, OvertimeHrs: ot}
	s.Federal = taxable * 12 / 100
	s.SocialSec = gross * 62 / 1000
	s.Medicare = gross * 145 / 10000
	s.Net = gross - s.Federal - s.SocialSec - s.Medicare
	return s
}

func c(v int64) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }

func main() {
	r := csv.NewReader(strings.NewReader(data))
	recs, err := r.ReadAll()
	if err != nil {
		fmt.Println("csv:", err)
		return
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "Employee\tOT hrs\tGross\tFederal\tSS\tMedicare\tNet\t")
	var totals Stub
	for i, rec := range recs[1:] {
		hours, err1 := strconv.ParseFloat(rec[1], 64)
		rate, err2 := strconv.ParseFloat(rec[2], 64)
		allow, err3 := strconv.Atoi(rec[3])
		if err1 != nil || err2 != nil || err3 != nil {
			fmt.Println("bad row", i)
			continue
		}
		s := compute(rec[0], hours, rate, allow)
		fmt.Fprintf(w, "%s\t%.1f\t%s\t%s\t%s\t%s\t%s\t\n", s.Name, s.OvertimeHrs, c(s.Gross), c(s.Federal), c(s.SocialSec), c(s.Medicare), c(s.Net))
		totals.Gross += s.Gross
		totals.Federal += s.Federal
		totals.SocialSec += s.SocialSec
		totals.Medicare += s.Medicare
		totals.Net += s.Net
	}
	fmt.Fprintf(w, "TOTAL\t\t%s\t%s\t%s\t%s\t%s\t\n", c(totals.Gross), c(totals.Federal), c(totals.SocialSec), c(totals.Medicare), c(totals.Net))
	w.Flush()
	var sb strings.Builder
	cw := csv.NewWriter(&sb)
	cw.Write([]string{"name", "net"})
	cw.Write([]string{recs[1][0], c(totals.Net)})
	cw.Flush()
	fmt.Print(sb.String())
}
