package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Service struct {
	Name     string
	Replicas int
	CPU      float64
	Status   string
	Ports    []int
}

func printTable(services []Service, flags uint) {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', flags)
	defer w.Flush()
	fmt.Fprintln(w, "NAME\tREPLICAS\tCPU\tSTATUS\tPORTS\t")
	for _, s := range services {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%s\t%v\t\n", s.Name, s.Replicas, s.CPU, s.Status, s.Ports)
	}
}

func main() {
	services := []Service{
		{"api-gateway", 3, 0.75, "Running", []int{80, 443}},
		{"auth", 2, 0.2, "Running", []int{9000}},
		{"billing-worker", 1, 1.5, "CrashLoopBackOff", nil},
		{"db", 1, 2, "Running", []int{5432}},
	}
	sort.SliceStable(services, func(i, j int) bool {
		return services[i].CPU > services[j].CPU
	})
	printTable(services, 0)
	fmt.Println()
	printTable(services[:2], tabwriter.AlignRight|tabwriter.Debug)
	fmt.Println()

	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	totals := map[string]int{}
	for _, s := range services {
		totals[s.Status] += s.Replicas
	}
	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(tw, "%s\t%d\n", k, totals[k])
	}
	tw.Flush()
}
