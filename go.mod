module github.com/timeline-dev/timeline

go 1.26.8

require (
	github.com/biter777/countries v1.7.5
	github.com/chromedp/cdproto v0.159.0
	github.com/chromedp/chromedp v0.23.0
	github.com/emersion/go-ical v0.0.0-20250329121855-f41e73efc392
	github.com/go-echarts/go-echarts/v2 v2.6.7
	github.com/olebedev/when v1.1.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2
	golang.org/x/net v0.62.0
)

require (
	github.com/AlekSi/pointer v1.0.0 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/pkg/errors v0.8.1 // indirect
	github.com/teambition/rrule-go v1.8.2 // indirect
	golang.org/x/text v0.43.0 // indirect
)
