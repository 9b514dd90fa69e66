//! The figures an Inside view shows, as JSON for the tests and scripted demos
//! (`window.lab.inside.summary()`).

use super::super::snapshot::{list, number, string};
use super::Inside;
use crate::core::inside::look::{Coadaptation, Job};
use crate::core::inside::{averaging::AveragingJob, spread::SpreadJob, subnets::SubnetsJob};

pub(super) fn summary(inside: &Inside) -> String {
    let look = inside.look.as_ref();
    let (done, total) = look.map_or((0, 0), |l| l.progress());
    let mut fields = vec![
        format!("\"view\":{}", string(inside.view.name())),
        format!("\"resample\":{}", inside.resample),
        format!("\"done\":{done}"),
        format!("\"total\":{total}"),
    ];
    if let Some(look) = look {
        let f = &look.focused;
        fields.push(format!(
            "\"run\":{},\"label\":{},\"epoch\":{}",
            f.run,
            string(&f.label),
            f.epoch
        ));
        fields.extend(match &look.job {
            Job::Subnets(j) => subnets(j),
            Job::Averaging(j) => averaging(j),
            Job::Spread(j) => spread(j),
            Job::Coadaptation(c) => coadaptation(c),
        });
    }
    format!("{{{}}}", fields.join(","))
}

fn subnets(j: &SubnetsJob) -> Vec<String> {
    let kept = list(&j.masks, |(m, _)| {
        list(m, |l| list(l, |&k| u8::from(k).to_string()))
    });
    vec![
        format!(
            "\"exhaustive\":{},\"subnets\":{},\"masks\":{kept}",
            j.exhaustive,
            j.masks.len()
        ),
        format!(
            "\"weights\":{}",
            list(&j.masks, |(_, w)| number(Some(*w as f32)))
        ),
    ]
}

fn averaging(j: &AveragingJob) -> Vec<String> {
    vec![
        format!("\"scaledLoss\":{}", number(j.scaled.map(|s| s.loss))),
        format!("\"scaledError\":{}", number(j.scaled.and_then(|s| s.error))),
        format!("\"loss\":{}", list(&j.curve, |p| number(Some(p.loss)))),
        format!("\"error\":{}", list(&j.curve, |p| number(p.error))),
    ]
}

fn spread(j: &SpreadJob) -> Vec<String> {
    let std = j.std();
    let max = std.iter().copied().fold(0.0f32, f32::max);
    let mean = std.sum() / std.len().max(1) as f32;
    vec![format!(
        "\"points\":{},\"maxStd\":{},\"meanStd\":{}",
        std.len(),
        number(Some(max)),
        number(Some(mean))
    )]
}

fn coadaptation(c: &Coadaptation) -> Vec<String> {
    let runs = list(&c.runs, |r| {
        format!(
            "{{\"label\":{},\"run\":{},\"units\":{},\"meanRise\":{},\"largestRise\":{},\"layers\":{}}}",
            string(&r.looked.label),
            r.looked.run,
            r.job.removed.len(),
            number(r.job.mean_rise()),
            number(r.job.largest_rise()),
            list(&r.activity, |s| format!(
                "{{\"mean\":{},\"nearZero\":{}}}",
                number(Some(s.mean)),
                number(Some(s.near_zero))
            )),
        )
    });
    vec![format!("\"runs\":{runs}")]
}
