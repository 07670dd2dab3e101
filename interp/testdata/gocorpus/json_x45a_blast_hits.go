package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type EValue float64

func (e EValue) MarshalJSON() ([]byte, error) {
	return []byte(strconv.Quote(strconv.FormatFloat(float64(e), 'e', 2, 64))), nil
}

func (e *EValue) UnmarshalJSON(b []byte) error {
	s, err := strconv.Unquote(string(b))
	if err != nil {
		return fmt.Errorf("evalue: %w", err)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return err
	}
	*e = EValue(f)
	return nil
}

type Hit struct {
	Subject  string  `json:"subject"`
	Identity float64 `json:"pident"`
	Length   int     `json:"length"`
	E        EValue  `json:"evalue"`
	Notes    *string `json:"notes"`
}

type Report struct {
	Query string         `json:"query"`
	Hits  []Hit          `json:"hits"`
	Meta  map[string]any `json:"meta"`
}

const data = `{"query":"seqA","hits":[
{"subject":"sp|P12345","pident":98.5,"length":120,"evalue":"1e-50","notes":"reviewed"},
{"subject":"tr|Q99999","pident":45.25,"length":88,"evalue":"3.2e-05","notes":null},
{"subject":"sp|P00001","pident":77,"length":300,"evalue":"0.0"}],
"meta":{"db":"swissprot","version":2,"filters":["low-complexity"],"strict":true}}`

func main() {
	var r Report
	if err := json.Unmarshal([]byte(data), &r); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	sort.SliceStable(r.Hits, func(i, j int) bool { return r.Hits[i].E < r.Hits[j].E })
	fmt.Printf("query %s: %d hits\n", r.Query, len(r.Hits))
	fmt.Printf("%-10s %7s %6s %10s %s\n", "subject", "ident", "len", "evalue", "notes")
	for _, h := range r.Hits {
		note := "-"
		if h.Notes != nil {
			note = *h.Notes
		}
		fmt.Printf("%-10s %6.2f%% %6d %10.2e %s\n", h.Subject, h.Identity, h.Length, float64(h.E), note)
	}
	keys := make([]string, 0, len(r.Meta))
	for k := range r.Meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("meta %s = %v (%T)\n", k, r.Meta[k], r.Meta[k])
	}
	out, err := json.MarshalIndent(r.Hits[:2], "", " ")
	fmt.Println(string(out), err)
	var bad Hit
	err = json.Unmarshal([]byte(`{"evalue": 5}`), &bad)
	fmt.Println("bad:", err)
	fmt.Println(strings.Contains(string(out), `"notes": null`))
}
