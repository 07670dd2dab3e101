package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
	"sync"
	"text/template"
)

const contacts = `first,last,email,plan,due
Ada,Lovelace,ada@example.com,pro,0
Grace,Hopper,grace@example.com,basic,19.99
Alan,Turing,alan@example.com,pro,49.50
`

const mail = `To: {{.email}}
Subject: Your {{.plan | title}} plan
Hi {{.first}},
{{if eq .due "0"}}Your account is in good standing.{{else}}Please settle {{.due}} USD.{{end}}
`

type job struct {
	idx int
	row map[string]string
}

func main() {
	r := csv.NewReader(strings.NewReader(contacts))
	rows, err := r.ReadAll()
	if err != nil {
		panic(err)
	}
	t := template.Must(template.New("mail").Funcs(template.FuncMap{
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
	}).Parse(mail))

	jobs := make(chan job)
	outs := make([]string, len(rows)-1)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				var sb strings.Builder
				if err := t.Execute(&sb, j.row); err != nil {
					outs[j.idx] = "error: " + err.Error()
					continue
				}
				outs[j.idx] = sb.String()
			}
		}()
	}
	header := rows[0]
	for i, rec := range rows[1:] {
		m := make(map[string]string, len(header))
		for k, h := range header {
			m[h] = rec[k]
		}
		jobs <- job{i, m}
	}
	close(jobs)
	wg.Wait()
	for i, o := range outs {
		fmt.Printf("--- message %d ---\n%s", i+1, o)
	}

	w := csv.NewWriter(os.Stdout)
	w.Comma = '\t'
	w.Write([]string{"name", "note"})
	for _, rec := range rows[1:] {
		w.Write([]string{rec[0] + " " + rec[1], fmt.Sprintf("plan %q, \"due\" %s", rec[3], rec[4])})
	}
	w.Flush()
	fmt.Println("csv err:", w.Error())
}
