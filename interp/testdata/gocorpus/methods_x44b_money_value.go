package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
)

type Currency string

type Money struct {
	Cents    int64
	Currency Currency
}

var ErrCurrencyMismatch = errors.New("currency mismatch")

func ParseMoney(s string) (Money, error) {
	amt, cur, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || len(cur) != 3 {
		return Money{}, fmt.Errorf("parse money %q: want \"12.34 EUR\"", s)
	}
	whole, frac, _ := strings.Cut(amt, ".")
	frac = (frac + "00")[:2]
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse money %q: %w", s, err)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse money %q: %w", s, err)
	}
	sign := int64(1)
	if strings.HasPrefix(whole, "-") {
		sign = -1
	}
	return Money{Cents: w*100 + sign*f, Currency: Currency(strings.ToUpper(cur))}, nil
}

func (m Money) Add(o Money) (Money, error) {
	if m.Currency != o.Currency {
		return Money{}, fmt.Errorf("%w: %s vs %s", ErrCurrencyMismatch, m.Currency, o.Currency)
	}
	return Money{m.Cents + o.Cents, m.Currency}, nil
}

func (m Money) Split(n int) []Money {
	parts := make([]Money, n)
	base, rem := m.Cents/int64(n), m.Cents%int64(n)
	for i := range parts {
		parts[i] = Money{base, m.Currency}
		if int64(i) < rem {
			parts[i].Cents++
		}
	}
	return parts
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Currency)
}

func (m Money) MarshalJSON() ([]byte, error) { return json.Marshal(m.String()) }

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /split", func(w http.ResponseWriter, r *http.Request) {
		total, err := ParseMoney(r.URL.Query().Get("total"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		tip, err := ParseMoney(r.URL.Query().Get("tip"))
		if err == nil {
			total, err = total.Add(tip)
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnprocessableEntity)
			return
		}
		n, _ := strconv.Atoi(r.URL.Query().Get("ways"))
		json.NewEncoder(w).Encode(map[string]any{"total": total, "parts": total.Split(max(n, 1))})
	})
	for _, q := range []string{
		"total=100.00+EUR&tip=0.01+EUR&ways=3",
		"total=10+usd&tip=1.5+USD&ways=4",
		"total=10+USD&tip=1+EUR&ways=2",
		"total=abc&tip=1+EUR",
		"total=-7.5+GBP&tip=0+GBP&ways=2",
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", "/split?"+q, nil))
		fmt.Printf("%d %s", rec.Code, rec.Body.String())
	}
	m := Money{12345, "JPY"}
	fmt.Printf("%v|%+v|%s|%q|%T\n", m, m, m, m, m)
	fmt.Printf("%#v\n", m)
	fmt.Printf("%d|%x|%8.3s|\n", m.Cents, m.Cents, m.Currency)
	_, err := m.Add(Money{1, "EUR"})
	fmt.Println(errors.Is(err, ErrCurrencyMismatch), err)
}
