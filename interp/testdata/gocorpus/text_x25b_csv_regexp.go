package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const data = `name,dept,salary,email
"Smith, Jo",eng,120000,jo@corp.example
Lee,ops,85000,lee@corp.example
Kim,eng,135000,kim(at)corp
Diaz,sales,70000,diaz@corp.example
Ng,ops,91000,ng@corp.example
`

var emailRE = regexp.MustCompile(`^([a-z]+)@([a-z.]+)$`)

type Employee struct {
	Name, Dept, Email string
	Salary            int
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	header, rows := rows[0], rows[1:]
	fmt.Println(header, len(rows))
	var emps []Employee
	byDept := map[string][]int{}
	for _, row := range rows {
		sal, _ := strconv.Atoi(row[2])
		e := Employee{row[0], row[1], row[3], sal}
		emps = append(emps, e)
		byDept[e.Dept] = append(byDept[e.Dept], sal)
		if m := emailRE.FindStringSubmatch(e.Email); m != nil {
			fmt.Printf("%-10s user=%s domain=%s\n", e.Name, m[1], m[2])
		} else {
			fmt.Printf("%-10s bad email %q\n", e.Name, e.Email)
		}
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"dept", "count", "avg"})
	for _, d := range depts {
		total := 0
		for _, s := range byDept[d] {
			total += s
		}
		w.Write([]string{d, strconv.Itoa(len(byDept[d])), fmt.Sprintf("%.1f", float64(total)/float64(len(byDept[d])))})
	}
	w.Write([]string{"quote\"d", "a,b", "line\nbreak"})
	w.Flush()
	re := regexp.MustCompile(`(\w+)=(\d+)`)
	s := "a=1, bb=22, c=x, ddd=4444"
	fmt.Println(re.FindAllString(s, -1))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"))
	for _, m := range re.FindAllStringSubmatchIndex(s, 2) {
		fmt.Print(m, " ")
	}
	fmt.Println()
	fmt.Println(re.MatchString("nope"), re.NumSubexp(), re.String())
	dates := regexp.MustCompile(`(?P<y>\d{4})-(?P<m>\d{2})`)
	mm := dates.FindStringSubmatch("due 2024-07, paid 2023-12")
	fmt.Println(mm[dates.SubexpIndex("m")], dates.SubexpNames())
	fmt.Println(regexp.MustCompile(`\s+`).Split("a  b \t c", -1), regexp.QuoteMeta("1+1=2?"))
	up := regexp.MustCompile(`[aeiou]`).ReplaceAllStringFunc("regexp rocks", strings.ToUpper)
	fmt.Println(up)
	_, err = regexp.Compile(`a(b`)
	fmt.Println(err)
	bad := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = bad.ReadAll()
	fmt.Println(err)
}
