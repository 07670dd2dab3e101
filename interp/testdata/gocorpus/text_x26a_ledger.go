package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Entry struct {
	Date        string // YYYY-MM-DD
	Description string
	Change      int // cents
}

type locale struct {
	header             [3]string
	date               func(y, m, d string) string
	thousands, decimal string
	negative           func(s string) string
	symbolFirst        bool
}

var locales = map[string]locale{
	"en-US": {
		header:    [3]string{"Date", "Description", "Change"},
		date:      func(y, m, d string) string { return m + "/" + d + "/" + y },
		thousands: ",", decimal: ".",
		negative:    func(s string) string { return "(" + s + ")" },
		symbolFirst: true,
	},
	"nl-NL": {
		header:    [3]string{"Datum", "Omschrijving", "Verandering"},
		date:      func(y, m, d string) string { return d + "-" + m + "-" + y },
		thousands: ".", decimal: ",",
		negative:    func(s string) string { return s[:len("€ ")] + "-" + s[len("€ "):] + " " },
		symbolFirst: true,
	},
}

func money(cents int, sym string, l locale) string {
	neg := cents < 0
	if neg {
		cents = -cents
	}
	whole := fmt.Sprint(cents / 100)
	var parts []string
	for len(whole) > 3 {
		parts = append([]string{whole[len(whole)-3:]}, parts...)
		whole = whole[:len(whole)-3]
	}
	parts = append([]string{whole}, parts...)
	s := sym + " " + strings.Join(parts, l.thousands) + l.decimal + fmt.Sprintf("%02d", cents%100)
	if neg {
		return l.negative(s)
	}
	return s + " "
}

func FormatLedger(currency, loc string, entries []Entry) (string, error) {
	l, ok := locales[loc]
	if !ok {
		return "", errors.New("unknown locale " + loc)
	}
	sym := map[string]string{"USD": "$", "EUR": "€"}[currency]
	if sym == "" {
		return "", fmt.Errorf("unknown currency %q", currency)
	}
	es := slices.Clone(entries)
	slices.SortStableFunc(es, func(a, b Entry) int {
		return strings.Compare(a.Date+a.Description, b.Date+b.Description)
	})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-10s | %-25s | %s\n", l.header[0], l.header[1], l.header[2])
	for _, e := range es {
		d := strings.Split(e.Date, "-")
		desc := e.Description
		if len([]rune(desc)) > 25 {
			desc = string([]rune(desc)[:22]) + "..."
		}
		fmt.Fprintf(&sb, "%-10s | %-25s | %13s\n", l.date(d[0], d[1], d[2]), desc, money(e.Change, sym, l))
	}
	return sb.String(), nil
}

func main() {
	entries := []Entry{
		{"2015-01-02", "Buy present", -1000},
		{"2015-01-01", "Get present", 1000},
		{"2015-01-01", "Freude schöner Götterfunken, Tochter aus Elysium", -123456},
		{"2014-12-31", "Salary", 987654321},
	}
	for _, loc := range []string{"en-US", "nl-NL"} {
		for _, cur := range []string{"USD", "EUR"} {
			s, err := FormatLedger(cur, loc, entries)
			fmt.Print(s)
			if err != nil {
				fmt.Println(err)
			}
		}
	}
	_, err := FormatLedger("JPY", "en-US", nil)
	fmt.Println(err)
	_, err = FormatLedger("USD", "fr-FR", nil)
	fmt.Println(err)
}
