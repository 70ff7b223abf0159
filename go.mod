module github.com/timeline-dev/timeline

go 1.26.8
